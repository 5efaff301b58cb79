namespace Compliance.Reports;

using System.Diagnostics;

/// <summary>
/// report.pdf through headless Chromium's print-to-PDF (the HTML's print CSS gives page breaks and
/// headers). Chromium is optional: when it is missing the caller gets a clear message instead.
/// </summary>
public static class PdfRenderer
{
    /// <summary>Where Chromium is looked for: $COMPLIANCE_CHROMIUM, then the usual Debian/Ubuntu/Chrome paths.</summary>
    public static string? FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable("COMPLIANCE_CHROMIUM");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        string[] candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
            "/snap/bin/chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"];
        return candidates.FirstOrDefault(File.Exists);
    }

    public static bool TryRender(string htmlPath, string pdfPath, out string message) =>
        TryRender(htmlPath, pdfPath, TimeSpan.FromMinutes(2), out message);

    public static bool TryRender(string htmlPath, string pdfPath, TimeSpan timeout, out string message)
    {
        var chromium = FindChromium();
        if (chromium is null)
        {
            message = "Chromium is not installed (looked for $COMPLIANCE_CHROMIUM and /usr/bin/chromium); install it (Debian: apt-get install chromium fonts-wqy-zenhei) or print report.html from a browser.";
            return false;
        }
        if (!File.Exists(htmlPath)) { message = $"{htmlPath} does not exist"; return false; }
        var profile = Directory.CreateTempSubdirectory("compliance-chromium-");
        try
        {
            var psi = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in HeadlessArgs(profile.FullName))
                psi.ArgumentList.Add(arg);
            psi.ArgumentList.Add("--no-pdf-header-footer");
            psi.ArgumentList.Add("--print-to-pdf=" + Path.GetFullPath(pdfPath));
            psi.ArgumentList.Add(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri);
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            _ = p.StandardOutput.ReadToEndAsync();
            if (!p.WaitForExit(timeout))
            {
                p.Kill(entireProcessTree: true);
                message = $"Chromium did not finish within {timeout.TotalSeconds:0} s";
                return false;
            }
            if (p.ExitCode != 0 || !File.Exists(pdfPath) || new FileInfo(pdfPath).Length == 0)
            {
                var err = stderr.Result.Split('\n').LastOrDefault(l => l.Trim().Length > 0) ?? "";
                message = $"Chromium exited with code {p.ExitCode} without writing {pdfPath}: {err.Trim()}";
                return false;
            }
            message = $"wrote {pdfPath}";
            return true;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            message = $"Chromium could not be started ({chromium}): {ex.Message}";
            return false;
        }
        finally
        {
            try { profile.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Flags for a quiet, offline headless run with a throwaway profile.</summary>
    public static IReadOnlyList<string> HeadlessArgs(string userDataDir) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions", "--user-data-dir=" + userDataDir,
    ];
}
