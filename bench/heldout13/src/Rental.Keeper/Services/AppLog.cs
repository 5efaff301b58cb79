using System.Text;

namespace Rental.Keeper.Services;

/// <summary>
/// 客户端日志：写到 我的文档\YoujiaKeeper\logs，管家电脑出问题时让他们把文件夹发过来
/// </summary>
public static class AppLog
{
    private static readonly string Dir = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.MyDocuments), "YoujiaKeeper", "logs");
    private static readonly object Lock = new();

    public static void Write(string message)
    {
        lock (Lock)
        {
            Directory.CreateDirectory(Dir);
            File.AppendAllText(Path.Combine(Dir, $"{DateTime.Now:yyyyMMdd}.log"), $"{DateTime.Now:HH:mm:ss} {message}{Environment.NewLine}", Encoding.UTF8);
        }
    }

    public static void Crash(Exception ex, object? context)
    {
        Write($"CRASH {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}\ncontext: {System.Text.Json.JsonSerializer.Serialize(context)}");
    }
}
