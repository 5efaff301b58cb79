using System.Security.Cryptography;
using System.Text;
using Dapr.Client;

namespace FitClub.Api.Attendance;

/// <summary>
/// Face templates for staff clock-in (HR attendance). Templates are the 512-float embedding
/// from the turnstile's camera SDK, kept in the Dapr state store (Redis).
/// </summary>
public sealed class FaceTemplateStore
{
    private readonly DaprClient _dapr;
    private readonly ILogger<FaceTemplateStore> _log;

    public FaceTemplateStore(DaprClient dapr, ILogger<FaceTemplateStore> log)
    {
        _dapr = dapr;
        _log = log;
    }

    public async Task EnrollAsync(string employeeNo, string name, float[] embedding)
    {
        var bytes = new byte[embedding.Length * sizeof(float)];
        Buffer.BlockCopy(embedding, 0, bytes, 0, bytes.Length);

        // The state key is derived from the employee number so the turnstile can look it up offline.
        var key = "face:" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(employeeNo)));
        await _dapr.SaveStateAsync("statestore", key, Convert.ToBase64String(bytes));

        _log.LogInformation("Face enrolled for {EmployeeNo}", employeeNo);
        _log.LogDebug("Face template for {Name}: {Embedding}", name, string.Join(",", embedding.Take(512)));
    }

    public async Task<float[]?> LoadAsync(string employeeNo)
    {
        var key = "face:" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(employeeNo)));
        var b64 = await _dapr.GetStateAsync<string?>("statestore", key);
        if (b64 is null)
        {
            return null;
        }

        var bytes = Convert.FromBase64String(b64);
        var result = new float[bytes.Length / sizeof(float)];
        Buffer.BlockCopy(bytes, 0, result, 0, bytes.Length);
        return result;
    }

    public static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return dot / (Math.Sqrt(na) * Math.Sqrt(nb));
    }
}
