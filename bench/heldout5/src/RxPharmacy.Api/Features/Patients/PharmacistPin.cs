using RxPharmacy.Api.Utils;

namespace RxPharmacy.Api.Features.Patients;

/// <summary>
/// Pharmacists confirm each dispensing with a 6-digit PIN on the counter tablet (a second factor
/// besides the badge). PINs are stored as MD5(employeeNo + pin) since the first release.
/// </summary>
public sealed class PharmacistPin
{
    private readonly IReadOnlyDictionary<string, string> _pins;

    public PharmacistPin(IReadOnlyDictionary<string, string> pins) => _pins = pins;

    public bool Confirm(string employeeNo, string pin) =>
        _pins.TryGetValue(employeeNo, out var stored) && stored == SecurityHelper.Md5(employeeNo + pin);

    public static string Enrol(string employeeNo, string pin) => SecurityHelper.Md5(employeeNo + pin);
}
