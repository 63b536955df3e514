using System.Diagnostics;
using System.Globalization;
using Steady.Synthetic;

var options = SyntheticOptions.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine(error is null ? SyntheticOptions.Usage : $"error: {error}\n{SyntheticOptions.Usage}");
    return error is null ? 0 : 2;
}

try
{
    var clock = Stopwatch.StartNew();
    var summary = SyntheticRegistry.Write(options.Count, options.Seed, options.Out, options.Hugo);
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"wrote {summary.Projects} projects, {summary.Stewards} stewards, {summary.Sponsors} sponsors, {summary.HugoPages} Hugo pages ({summary.Bytes / 1024.0 / 1024.0:F1} MiB) in {clock.Elapsed.TotalSeconds:F2} s"));
    return 0;
}
catch (IOException exception)
{
    Console.Error.WriteLine($"error: {exception.Message}");
    return 1;
}
catch (UnauthorizedAccessException exception)
{
    Console.Error.WriteLine($"error: {exception.Message}");
    return 1;
}
