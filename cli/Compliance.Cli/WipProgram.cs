// TEMPORARY placeholder entry point (see Compliance.Cli.csproj, CliWip).
Console.Error.WriteLine("compliance: the command tree is being wired; build with -p:CliWip=false");
return 2;
