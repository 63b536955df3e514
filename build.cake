// The build script: `dotnet tool restore && dotnet cake` (or `dotnet cake --target=Test`).
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var asOf = Argument("as-of", "");

Task("Clean")
    .Does(() =>
{
    CleanDirectories("./generator/bin");
    CleanDirectories("./generator/obj");
    CleanDirectories("./tests/**/bin");
    CleanDirectories("./tests/**/obj");
    CleanDirectory("./_site");
});

Task("Build")
    .IsDependentOn("Clean")
    .Does(() =>
{
    DotNetBuild("./Steady.slnx", new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest("./Steady.slnx", new DotNetTestSettings { Configuration = configuration, NoBuild = true });
});

Task("Validate")
    .IsDependentOn("Build")
    .Does(() =>
{
    var args = new ProcessArgumentBuilder().Append("validate");
    if (!string.IsNullOrEmpty(asOf)) args.Append("--as-of").Append(asOf);
    DotNetRun("./generator/Steady.csproj", args, new DotNetRunSettings { Configuration = configuration, NoBuild = true });
});

Task("Site")
    .IsDependentOn("Validate")
    .Does(() =>
{
    var args = new ProcessArgumentBuilder().Append("build");
    if (!string.IsNullOrEmpty(asOf)) args.Append("--as-of").Append(asOf);
    DotNetRun("./generator/Steady.csproj", args, new DotNetRunSettings { Configuration = configuration, NoBuild = true });
});

Task("Check")
    .IsDependentOn("Site")
    .Does(() =>
{
    DotNetRun("./generator/Steady.csproj", new ProcessArgumentBuilder().Append("check").Append("--site").Append("_site"),
        new DotNetRunSettings { Configuration = configuration, NoBuild = true });
});

Task("Default")
    .IsDependentOn("Clean")
    .IsDependentOn("Build")
    .IsDependentOn("Test")
    .IsDependentOn("Validate")
    .IsDependentOn("Site")
    .IsDependentOn("Check");

RunTarget(target);
