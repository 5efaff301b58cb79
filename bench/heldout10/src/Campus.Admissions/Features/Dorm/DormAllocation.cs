namespace Campus.Admissions.Features.Dorm;

/// <summary>Allocates admitted freshmen to dorm rooms: same gender per building, same major per floor when possible,
/// at most two students from the same high school per room.</summary>
public static class DormAllocation
{
    public sealed record Student(long Id, string Gender, string Major, string HighSchool, bool NeedsGroundFloor);
    public sealed record Room(string Building, int Floor, string No, int Beds, string Gender);
    public sealed record Assignment(long StudentId, string Building, string RoomNo, int Bed);

    public static List<Assignment> Allocate(IEnumerable<Student> students, IEnumerable<Room> rooms)
    {
        var result = new List<Assignment>();
        var free = rooms.ToDictionary(r => r, r => r.Beds);
        var occupants = rooms.ToDictionary(r => r, _ => new List<Student>());

        foreach (var group in students.OrderByDescending(s => s.NeedsGroundFloor).ThenBy(s => s.Major).GroupBy(s => s.Gender))
        {
            foreach (var s in group)
            {
                var candidates = free.Where(kv => kv.Value > 0 && kv.Key.Gender == s.Gender)
                    .Select(kv => kv.Key)
                    .Where(r => !s.NeedsGroundFloor || r.Floor == 1)
                    .Where(r => occupants[r].Count(o => o.HighSchool == s.HighSchool) < 2)
                    .OrderByDescending(r => occupants[r].Count(o => o.Major == s.Major))
                    .ThenBy(r => r.Building)
                    .ThenBy(r => r.Floor)
                    .ThenBy(r => r.No)
                    .ToList();
                if (candidates.Count == 0) continue;
                var room = candidates[0];
                var bed = room.Beds - free[room] + 1;
                free[room]--;
                occupants[room].Add(s);
                result.Add(new Assignment(s.Id, room.Building, room.No, bed));
            }
        }
        return result;
    }

    public static decimal Fee(Room room) => room.Beds switch
    {
        4 => 1200m,
        6 => 900m,
        8 => 700m,
        _ => 1500m,
    };
}
