using System.Net;
using System.Net.Sockets;
using Cowork.Gate.Access;
using Cowork.Gate.Infra;

namespace Cowork.Gate.Workers;

public class RadiusWorker : BackgroundService
{
    private readonly RadiusResponder _radius;
    private readonly WifiPortal _portal;
    private readonly IAppLog _log;

    public RadiusWorker(RadiusResponder radius, WifiPortal portal, IAppLog log)
    {
        _radius = radius;
        _portal = portal;
        _log = log;
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        using var udp = new UdpClient(new IPEndPoint(IPAddress.Any, 1812));
        while (!ct.IsCancellationRequested)
        {
            var r = await udp.ReceiveAsync(ct);
            var pkt = r.Buffer;
            if (pkt.Length < 20 || pkt[0] != 1) continue;
            var auth = pkt[4..20];
            string? user = null;
            string? pwd = null;
            for (var i = 20; i + 2 <= pkt.Length;)
            {
                var type = pkt[i];
                var len = pkt[i + 1];
                if (len < 2) break;
                var val = pkt[(i + 2)..(i + len)];
                if (type == 1) user = System.Text.Encoding.UTF8.GetString(val);
                if (type == 2) pwd = _radius.DecodePap(auth, val);
                i += len;
            }
            var ok = user != null && pwd != null && _portal.PortalLogin(user, pwd);
            _log.Trace("radius {User} from {Nas}: {Result}", user, r.RemoteEndPoint, ok ? "accept" : "reject");
            var code = (byte)(ok ? 2 : 3);
            var resp = new byte[20];
            resp[0] = code;
            resp[1] = pkt[1];
            resp[3] = 20;
            _radius.ResponseAuthenticator(code, pkt[1], 20, auth, Array.Empty<byte>()).CopyTo(resp, 4);
            await udp.SendAsync(resp, r.RemoteEndPoint, ct);
        }
    }
}
