namespace Compliance.Reports.Tests;

/// <summary>
/// External programs some tests need. Missing tools skip the test with a message on a developer
/// machine, and fail it when CI=true (scripts/test.sh installs them there).
/// </summary>
internal static class ExternalTools
{
    public static string? Chromium => PdfRenderer.FindChromium();

    /// <summary>poppler-utils' pdftotext (scripts/test.sh installs it), to read what a PDF page holds.</summary>
    public static string? Pdftotext => File.Exists("/usr/bin/pdftotext") ? "/usr/bin/pdftotext" : null;

    public static string? SarifMultitool
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("COMPLIANCE_SARIF_MULTITOOL");
            if (!string.IsNullOrEmpty(env)) return File.Exists(env) ? env : null;
            var path = Path.Combine(RepoPaths.Root, ".tools", "node_modules", ".bin", "sarif-multitool");
            return File.Exists(path) ? path : null;
        }
    }

}

public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ExternalTools.Chromium is null && !SampleScan.IsCi)
            Skip = "Chromium not found (/usr/bin/chromium or $COMPLIANCE_CHROMIUM): apt-get install chromium fonts-wqy-zenhei. Required when CI=true.";
    }
}

public sealed class SarifMultitoolFactAttribute : FactAttribute
{
    public SarifMultitoolFactAttribute()
    {
        if (ExternalTools.SarifMultitool is null && !SampleScan.IsCi)
            Skip = "sarif-multitool not found ($COMPLIANCE_SARIF_MULTITOOL or <repo>/.tools/node_modules/.bin/sarif-multitool): npm install --prefix .tools @microsoft/sarif-multitool. Required when CI=true.";
    }
}
