using Orleans;

namespace VetClinic.Contracts;

[GenerateSerializer]
public sealed record OwnerProfile(
    [property: Id(0)] string OwnerId,
    [property: Id(1)] string FullName,
    [property: Id(2)] string Mobile,
    [property: Id(3)] string? Email,
    [property: Id(4)] string? Address,
    [property: Id(5)] string? IdNumber);

[GenerateSerializer]
public sealed record PetProfile(
    [property: Id(0)] string PetId,
    [property: Id(1)] string OwnerId,
    [property: Id(2)] string Name,
    [property: Id(3)] string Species,
    [property: Id(4)] string Breed,
    [property: Id(5)] DateOnly BirthDate,
    [property: Id(6)] decimal WeightKg,
    [property: Id(7)] string? MicrochipNumber);

[GenerateSerializer]
public sealed record Visit(
    [property: Id(0)] string VisitId,
    [property: Id(1)] string PetId,
    [property: Id(2)] DateTime AtUtc,
    [property: Id(3)] string VetId,
    [property: Id(4)] string Reason,
    [property: Id(5)] string? Diagnosis,
    [property: Id(6)] List<string> Prescriptions);

[GenerateSerializer]
public sealed record AppointmentSlot([property: Id(0)] string VetId, [property: Id(1)] DateTime StartUtc, [property: Id(2)] int Minutes);

public interface IOwnerGrain : IGrainWithStringKey
{
    Task<OwnerProfile?> GetProfile();
    Task Register(OwnerProfile profile);
    Task UpdateMobile(string mobile);
    Task<IReadOnlyList<string>> GetPetIds();
    Task AddPet(string petId);
}

public interface IPetGrain : IGrainWithStringKey
{
    Task<PetProfile?> GetProfile();
    Task Register(PetProfile profile);
    Task RecordVisit(Visit visit);
    Task<IReadOnlyList<Visit>> GetHistory();
    Task RecordWeight(decimal weightKg);
}

public interface IScheduleGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<AppointmentSlot>> FreeSlots(DateOnly day);
    Task<bool> Book(AppointmentSlot slot, string petId, string ownerId);
    Task Cancel(AppointmentSlot slot);
}
