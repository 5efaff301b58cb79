namespace Compliance.Analyzers.Secrets.Detection
{
    /// <summary>English and Chinese message texts of text-file findings (the analyzers use resx resources instead).</summary>
    internal static class SecretMessages
    {
        public static string En(string ruleId, string kind, string masked, string anchor) => ruleId switch
        {
            "CMP1003" => $"{Cap(kind)} ({masked}) found at '{anchor}': revoke it and load it from a secret store.",
            "CMP1004" => $"Connection string holds a plain-text password ({masked}) at '{anchor}': use integrated/managed identity or a secret store.",
            _ => $"Plain-text {kind} ({masked}) in configuration at '{anchor}': move it to a secret store (user-secrets, environment, Key Vault).",
        };

        public static string Zh(string ruleId, string kindZh, string masked, string anchor) => ruleId switch
        {
            "CMP1003" => $"在“{anchor}”发现{kindZh}（{masked}）：请吊销该凭据，并改从密钥管理服务读取。",
            "CMP1004" => $"“{anchor}”处的连接字符串包含明文密码（{masked}）：请使用集成身份/托管身份或密钥管理服务。",
            _ => $"配置文件“{anchor}”处存在明文{kindZh}（{masked}）：请移至密钥管理服务（user-secrets、环境变量、Key Vault）。",
        };

        private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);
    }
}
