using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "BOSS compatibility", Scope = "type", Target = "~T:SimOps.Admin.Util.CryptoUtil")]
[assembly: SuppressMessage("Interoperability", "CA1416:Validate platform compatibility", Justification = "runs on the Windows jump host only")]
