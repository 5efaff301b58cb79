using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>A secret found inside a connection string or URI; offsets are into the scanned text.</summary>
    public sealed class ConnectionSecret
    {
        public ConnectionSecret(int index, int length, string keyword, string kind, string kindZh)
        {
            Index = index;
            Length = length;
            Keyword = keyword;
            Kind = kind;
            KindZh = kindZh;
        }

        public int Index { get; }
        public int Length { get; }

        /// <summary>The keyword that held it ("Password", "Pwd", "AccountKey") or the URI scheme.</summary>
        public string Keyword { get; }
        public string Kind { get; }
        public string KindZh { get; }
    }

    /// <summary>
    /// Parses ADO.NET-style connection strings with <c>DbConnectionStringBuilder</c> rules (key=value pairs separated
    /// by ';', values quoted with ' or " and doubled quotes inside, keys case-insensitive, last duplicate wins) while
    /// keeping positions, and finds credentials in URIs (scheme://user:pass@host).
    /// </summary>
    public static class ConnectionStrings
    {
        private static readonly HashSet<string> PasswordKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "password", "pwd", "user password", "accountkey", "sharedaccesskey", "sharedaccesssignature", "secret", "clientsecret",
            "client secret", "key", "authkey", "auth key", "access key", "accesskey",
        };

        // keys that show the text really is a connection string (and not prose that happens to contain '=')
        private static readonly HashSet<string> ShapeKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "server", "data source", "datasource", "host", "hostname", "address", "addr", "network address", "database",
            "initial catalog", "user id", "userid", "uid", "user", "username", "user name", "port", "accountname", "endpoint",
            "defaultendpointsprotocol", "sharedaccesskeyname", "provider", "dsn", "sslmode", "ssl mode", "service name",
            "protocol", "charset", "abortconnect", "allowadmin", "connecttimeout", "integrated security", "trusted_connection",
            "encrypt", "trustservercertificate", "authentication", "pooling", "application name", "ssl", "defaultdatabase", "allowadmin",
        };

        private static readonly HashSet<string> IntegratedKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "integrated security", "trusted_connection",
        };

        private static readonly Regex CredentialUri = RegexDefaults.Create(
            @"\b(?<scheme>mongodb(?:\+srv)?|postgres(?:ql)?|mysql|mariadb|redis|rediss|amqps?|mssql|sqlserver|https?|ftps?|sftp|smtps?|ldaps?|jdbc:[a-z]+)://(?<user>[^:/?#@\s""'<>]{1,128}):(?<pass>[^@/?#\s""'<>]{1,256})@(?<host>[A-Za-z0-9.\-\[\]_]+)",
            RegexOptions.IgnoreCase);

        private sealed class Pair
        {
            public string Key = string.Empty;
            public int ValueIndex;
            public int ValueLength;
            public string Value = string.Empty;
        }

        /// <summary>Passwords (and account keys) in the connection string(s) inside <paramref name="text"/>.</summary>
        public static List<ConnectionSecret> FindPasswords(string text)
        {
            var result = new List<ConnectionSecret>();
            if (string.IsNullOrEmpty(text) || text.IndexOf('=') < 0)
            {
                return result;
            }

            var pairs = Parse(text);
            var redisEndpoint = false;
            if (text.IndexOf(';') < 0 && text.IndexOf(',') > 0)
            {
                // StackExchange.Redis: "host:6379,password=...,ssl=true"
                pairs = Parse(text, ',');
                redisEndpoint = StartsWithRedisEndpoint(text);
            }

            // "redis.example.net:8001,password=…": an endpoint first, then options; the endpoint shows the shape even
            // when the password is the only option
            if (pairs.Count < (redisEndpoint ? 1 : 2))
            {
                return result;
            }

            var shaped = redisEndpoint && pairs.Exists(p => p.Key.Equals("password", StringComparison.OrdinalIgnoreCase));
            var byKey = new Dictionary<string, Pair>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in pairs)
            {
                shaped |= ShapeKeys.Contains(p.Key);
                byKey[p.Key] = p; // last one wins, as in DbConnectionStringBuilder
            }

            if (!shaped)
            {
                return result;
            }

            foreach (var p in byKey.Values)
            {
                if (!PasswordKeys.Contains(p.Key))
                {
                    continue;
                }

                var isKeyWord = p.Key.Equals("key", StringComparison.OrdinalIgnoreCase);
                if (isKeyWord && !ShannonEntropy.LooksRandom(p.Value, 16))
                {
                    continue;
                }

                if (Placeholders.IsPlaceholder(p.Value) || p.Value.Length < 3)
                {
                    continue;
                }

                result.Add(new ConnectionSecret(p.ValueIndex, p.ValueLength, p.Key, "connection-string password", "连接字符串密码"));
            }

            result.Sort((a, b) => a.Index.CompareTo(b.Index));
            return result;
        }

        // StackExchange.Redis configuration: the first comma-separated element is an endpoint without '=' — an IPv4
        // address, localhost, a dotted host name, or any host with a port ("redis:6379", "127.0.0.1", "cache.corp.cn:8001")
        private static readonly Regex RedisEndpoint = RegexDefaults.Create(
            @"^\s*(?:(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?|localhost(?::\d{1,5})?|[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+(?::\d{1,5})?|[A-Za-z0-9][A-Za-z0-9\-_]*:\d{1,5})\s*,",
            RegexOptions.IgnoreCase);

        private static bool StartsWithRedisEndpoint(string text)
        {
            try
            {
                return RedisEndpoint.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        private static readonly Regex IpHost = RegexDefaults.Create(
            @"(?:^|[;""'`\s])(?:server|data source|datasource|host|address|addr)\s*=\s*(?:tcp:)?(?<ip>(?:\d{1,3}\.){3}\d{1,3})(?=$|[;,:""'`\s])",
            RegexOptions.IgnoreCase);

        /// <summary>
        /// The text sets a connection string's host to a public IPv4 address (not loopback, private, link-local, CGNAT,
        /// documentation or unspecified): a server reachable from the internet, so even a commented-out string with its
        /// password is a working credential, not a local example.
        /// </summary>
        public static bool NamesPublicIpHost(string text)
        {
            System.Text.RegularExpressions.MatchCollection? ms;
            try
            {
                ms = IpHost.Matches(text);
                if (ms.Count == 0)
                {
                    return false;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }

            foreach (Match m in ms)
            {
                if (IsPublicIPv4(m.Groups["ip"].Value))
                {
                    return true;
                }
            }

            return false;
        }

        internal static bool IsPublicIPv4(string ip)
        {
            var parts = ip.Split('.');
            if (parts.Length != 4)
            {
                return false;
            }

            var b = new int[4];
            for (var i = 0; i < 4; i++)
            {
                if (!int.TryParse(parts[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out b[i]) || b[i] > 255)
                {
                    return false;
                }
            }

            return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
                     || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
                     || (b[0] == 169 && b[1] == 254)
                     || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                     || (b[0] == 192 && b[1] == 168)
                     || (b[0] == 192 && b[1] == 0 && (b[2] == 0 || b[2] == 2))
                     || (b[0] == 198 && (b[1] == 18 || b[1] == 19))
                     || (b[0] == 198 && b[1] == 51 && b[2] == 100)
                     || (b[0] == 203 && b[1] == 0 && b[2] == 113));
        }

        /// <summary>True when the connection string authenticates with Windows/managed identity and holds no password.</summary>
        public static bool UsesIntegratedSecurity(string text)
        {
            foreach (var p in Parse(text))
            {
                if (IntegratedKeys.Contains(p.Key))
                {
                    var v = p.Value.Trim();
                    return v.Equals("true", StringComparison.OrdinalIgnoreCase) || v.Equals("yes", StringComparison.OrdinalIgnoreCase) || v.Equals("sspi", StringComparison.OrdinalIgnoreCase);
                }
            }

            return false;
        }

        /// <summary>Looks like a connection string at all (key=value pairs with at least one known key).</summary>
        public static bool LooksLikeConnectionString(string text)
        {
            var pairs = Parse(text);
            if (pairs.Count < 2)
            {
                return false;
            }

            foreach (var p in pairs)
            {
                if (ShapeKeys.Contains(p.Key))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Passwords in URIs such as <c>postgres://user:pass@host/db</c>.</summary>
        public static List<ConnectionSecret> FindUriCredentials(string text)
        {
            var result = new List<ConnectionSecret>();
            if (string.IsNullOrEmpty(text) || text.IndexOf("://", StringComparison.Ordinal) < 0)
            {
                return result;
            }

            var matches = RegexDefaults.SafeMatches(CredentialUri, text);
            if (matches == null)
            {
                return result;
            }

            foreach (Match m in matches)
            {
                var pass = m.Groups["pass"];
                if (Placeholders.IsPlaceholder(pass.Value) || Placeholders.IsPlaceholder(m.Groups["user"].Value + ":" + pass.Value)
                    || IsReservedExampleHost(m.Groups["host"].Value) || Hashing.PasswordNames.Default.IsPasswordWordValue(pass.Value))
                {
                    continue;
                }

                result.Add(new ConnectionSecret(pass.Index, pass.Length, m.Groups["scheme"].Value.ToLowerInvariant(), "password in URI", "URI 中的密码"));
            }

            return result;
        }

        // A backquote opens Markdown inline code (`Host=localhost;…` in a table cell: ChurchRegister's plan page, judged blind);
        // host.docker.internal is the developer's own machine seen from a container (PayrollEngine's README `docker run`).
        private static readonly Regex LoopbackHost = RegexDefaults.Create(
            @"(?:^|[;""'`\s])(?:host|server|data source|datasource|address|addr)\s*=\s*(?:tcp:)?(?:localhost|127\.0\.0\.1|\[?::1\]?|\(local\)|host\.docker\.internal)(?=$|[;,:""'`\s])",
            RegexOptions.IgnoreCase);

        /// <summary>
        /// The text sets a connection string's host to this machine (Host=localhost, Server=127.0.0.1,1433, (local),
        /// Server=host.docker.internal).
        /// </summary>
        public static bool NamesLoopbackHost(string text)
        {
            try
            {
                return LoopbackHost.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        /// <summary>
        /// A host name reserved for documentation (RFC 2606/6761: example.com/.net/.org and their subdomains, the
        /// .example, .test and .invalid top-level names): no server answers there, so credentials in such a URI are a
        /// sample (BTCPay's help text "server=https://lnd:lnd@lnd.example.com").
        /// </summary>
        private static bool IsReservedExampleHost(string host)
        {
            var h = host.TrimEnd('.').ToLowerInvariant();
            foreach (var domain in new[] { "example.com", "example.net", "example.org" })
            {
                if (h == domain || h.EndsWith("." + domain, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return h.EndsWith(".example", StringComparison.Ordinal) || h.EndsWith(".test", StringComparison.Ordinal) || h.EndsWith(".invalid", StringComparison.Ordinal);
        }

        private static List<Pair> Parse(string s, char sep = ';')
        {
            var pairs = new List<Pair>();
            var i = 0;
            var n = s.Length;
            while (i < n)
            {
                while (i < n && (s[i] == sep || char.IsWhiteSpace(s[i])))
                {
                    i++;
                }

                var keyStart = i;
                while (i < n && s[i] != '=' && s[i] != sep)
                {
                    // "==" inside a key is an escaped '='
                    i++;
                }

                if (i >= n || s[i] != '=')
                {
                    continue;
                }

                var key = s.Substring(keyStart, i - keyStart).Trim();
                i++; // '='
                while (i < n && s[i] == ' ')
                {
                    i++;
                }

                var pair = new Pair { Key = key };
                if (i < n && (s[i] == '\'' || s[i] == '"'))
                {
                    var quote = s[i];
                    var start = ++i;
                    var value = new System.Text.StringBuilder();
                    while (i < n)
                    {
                        if (s[i] == quote)
                        {
                            if (i + 1 < n && s[i + 1] == quote)
                            {
                                value.Append(quote);
                                i += 2;
                                continue;
                            }

                            break;
                        }

                        value.Append(s[i]);
                        i++;
                    }

                    pair.ValueIndex = start;
                    pair.ValueLength = i - start;
                    pair.Value = value.ToString();
                    if (i < n)
                    {
                        i++; // closing quote
                    }
                }
                else
                {
                    var start = i;
                    while (i < n && s[i] != sep && s[i] != '\n' && s[i] != '\r')
                    {
                        i++;
                    }

                    var end = i;
                    while (end > start && char.IsWhiteSpace(s[end - 1]))
                    {
                        end--;
                    }

                    pair.ValueIndex = start;
                    pair.ValueLength = end - start;
                    pair.Value = s.Substring(start, end - start);
                }

                if (key.Length > 0 && key.Length <= 40)
                {
                    pairs.Add(pair);
                }
            }

            return pairs;
        }
    }
}
