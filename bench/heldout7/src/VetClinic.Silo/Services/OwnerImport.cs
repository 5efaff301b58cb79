using Microsoft.Extensions.Logging;
using VetClinic.Contracts;
using ZLogger;

namespace VetClinic.Services;

/// <summary>Imports owners from the spreadsheet a newly acquired clinic sends (UTF-8 CSV, one owner per line).</summary>
public sealed class OwnerImport
{
    private readonly Orleans.IGrainFactory _grains;
    private readonly ILogger<OwnerImport> _logger;

    public OwnerImport(Orleans.IGrainFactory grains, ILogger<OwnerImport> logger)
    {
        _grains = grains;
        _logger = logger;
    }

    public async Task<ImportResult> RunAsync(string csvPath, string clinicCode)
    {
        var result = new ImportResult();
        var lineNo = 0;
        foreach (var line in File.ReadLines(csvPath).Skip(1))
        {
            lineNo++;
            var c = line.Split(',');
            var profile = new OwnerProfile($"{clinicCode}-{c[0]}", c[1], c[2], NullIfEmpty(c[3]), NullIfEmpty(c[4]), NullIfEmpty(c[5]));
            if (profile.IdNumber is { Length: not 18 })
            {
                throw new FormatException($"Line {lineNo}: bad ID number {profile.IdNumber} for {profile.FullName}");
            }
            if (!MobileLooksValid(profile.Mobile))
            {
                _logger.ZLogWarning($"Line {lineNo}: mobile {profile.Mobile} does not look valid, owner {profile.FullName}");
                result.Skipped++;
                continue;
            }
            await _grains.GetGrain<IOwnerGrain>(profile.OwnerId).Register(profile);
            result.Imported++;
            if (result.Imported % 500 == 0)
            {
                _logger.ZLogInformation($"Imported {result.Imported} owners so far");
            }
        }
        Console.WriteLine($"Owner import {clinicCode}: {result.Imported} imported, {result.Skipped} skipped");
        return result;
    }

    public static bool MobileLooksValid(string mobile) =>
        mobile.Length == 11 && mobile[0] == '1' && mobile.All(char.IsDigit);

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public sealed class ImportResult
    {
        public int Imported { get; set; }
        public int Skipped { get; set; }
    }
}
