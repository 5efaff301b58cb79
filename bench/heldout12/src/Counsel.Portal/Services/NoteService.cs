using Counsel.Portal.Data;
using Counsel.Portal.Infrastructure;
using Dapper;

namespace Counsel.Portal.Services;

public class NoteService
{
    private static readonly string[] RiskWords = { "自杀", "自伤", "轻生", "不想活", "割腕", "跳楼" };
    private readonly Db _db;
    private readonly NoteCipher _cipher;
    private readonly CrisisAlertService _crisis;
    private readonly ILogger<NoteService> _log;

    public NoteService(Db db, NoteCipher cipher, CrisisAlertService crisis, ILogger<NoteService> log)
    {
        _db = db;
        _cipher = cipher;
        _crisis = crisis;
        _log = log;
    }

    public async Task SaveAsync(Client client, long therapistId, string text)
    {
        var flags = RiskWords.Where(text.Contains).ToArray();
        var note = new SessionNote
        {
            ClientId = client.Id,
            TherapistId = therapistId,
            SessionAt = DateTime.Now,
            CipherText = _cipher.Encrypt(text),
            RiskFlags = flags.Length > 0 ? string.Join(",", flags) : null,
            ContentHash = HashKit.Content(text)
        };
        using var c = _db.Conn();
        c.Execute(@"insert into session_note(client_id,therapist_id,session_at,cipher_text,risk_flags,content_hash)
                    values(@ClientId,@TherapistId,@SessionAt,@CipherText,@RiskFlags,@ContentHash)", note);

        if (flags.Length > 0)
        {
            _log.LogWarning("risk words in note of client {ClientId}: {Flags}", client.Id, note.RiskFlags);
            _log.LogDebug("note text: {Text}", text);
            await _crisis.RaiseAsync(client, therapistId, note.RiskFlags!);
        }
    }

    public IEnumerable<(DateTime at, string text)> History(long clientId)
    {
        using var c = _db.Conn();
        var notes = c.Query<SessionNote>("select * from session_note where client_id=@clientId order by session_at desc", new { clientId });
        return notes.Select(n => (n.SessionAt, _cipher.Decrypt(n.CipherText))).ToList();
    }
}
