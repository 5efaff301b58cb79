// This file is used by Code Analysis to maintain SuppressMessage
// attributes that are applied to this project.
using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "legacy PMS compatibility", Scope = "type", Target = "~T:Hotel.Booking.Data.DocumentNumberConverter")]
[assembly: SuppressMessage("Style", "IDE0290:Use primary constructor", Justification = "team style")]
