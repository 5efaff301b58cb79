using AutoMapper;
using ChargeHub.Service.Domain;

namespace ChargeHub.Service.Mapping;

public sealed record DriverListItem(Guid Id, string DisplayName, string PhoneTail, string Plate);

public sealed class DriverProfile : Profile
{
    public DriverProfile()
    {
        CreateMap<Driver, DriverListItem>()
            .ForCtorParam("DisplayName", o => o.MapFrom(d => d.FullName.Substring(0, 1) + "**"))
            .ForCtorParam("PhoneTail", o => o.MapFrom(d => d.Phone.Substring(d.Phone.Length - 4)))
            .ForCtorParam("Plate", o => o.MapFrom(d => d.LicensePlate));
    }
}

public static class DriverMappingExtensions
{
    public static string ToLogLine(this Driver d) => $"{d.FullName}|{d.Phone}|{d.Email}|{d.IdNumber}";

    public static string ToSafeLogLine(this Driver d) => $"{d.Id}|***{d.Phone[^4..]}";
}
