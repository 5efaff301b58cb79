namespace Compliance.Rules.Configuration;

/// <summary>compliance.yaml (or a claims file it names) is invalid. Message: "file:line: what is wrong". CLI exit code 2.</summary>
public sealed class ConfigException(string message) : Exception(message);
