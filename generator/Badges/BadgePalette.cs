using Steady.Model;

namespace Steady.Badges;

/// <summary>
/// Badge colours from the Okabe–Ito palette, which stays distinguishable with every common colour-vision deficiency.
/// The words carry the meaning; the colour only repeats it. Text is black or white, whichever contrasts more.
/// </summary>
public static class BadgePalette
{
    public const string Label = "#555555";
    public const string Vermillion = "#D55E00";
    public const string Orange = "#E69F00";
    public const string BluishGreen = "#009E73";
    public const string Blue = "#0072B2";
    public const string ReddishPurple = "#CC79A7";
    public const string SkyBlue = "#56B4E9";
    public const string Grey = "#999999";

    public static string For(ProjectState state, CautionLevel caution) => caution switch
    {
        CautionLevel.High => Vermillion,
        CautionLevel.Elevated => Orange,
        _ => state switch
        {
            ProjectState.Active => BluishGreen,
            ProjectState.MaintenanceOnly => Blue,
            ProjectState.Deprecated => ReddishPurple,
            ProjectState.Archived => Grey,
            _ => SkyBlue,
        },
    };

    /// <summary><c>#ffffff</c> or <c>#111111</c>, whichever has the higher WCAG contrast ratio on <paramref name="background"/>.</summary>
    public static string TextOn(string background)
    {
        var l = Luminance(background);
        var white = 1.05 / (l + 0.05);
        var dark = (l + 0.05) / (Luminance("#111111") + 0.05);
        return white >= dark ? "#ffffff" : "#111111";
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var v = Convert.ToInt32(hex.Substring(offset, 2), 16) / 255.0;
            return v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
