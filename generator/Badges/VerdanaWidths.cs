namespace Steady.Badges;

/// <summary>
/// Advance widths of Verdana at 11px, the font badges are drawn in, so a badge is as wide as its text without
/// measuring at build time. Widths are the font's advances in units of 1/2048 em, for printable ASCII; any other
/// character is charged the widest glyph so text never overflows its cell.
/// </summary>
public static class VerdanaWidths
{
    private const double FontSize = 11;
    private const double UnitsPerEm = 2048;

    // Printable ASCII from U+0020 (space) to U+007E (~).
    private static readonly int[] Units =
    [
        720, 806, 940, 1676, 1302, 2204, 1488, 550, 909, 909, 1302, 1676, 745, 842, 745, 1315, // space ! " # $ % & ' ( ) * + , - . /
        1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, // 0-9
        909, 909, 1676, 1676, 1676, 1117, 2048, // : ; < = > ? @
        1401, 1405, 1430, 1579, 1294, 1178, 1587, 1540, 862, 931, 1403, 1145, 1726, // A-M
        1532, 1612, 1237, 1612, 1425, 1400, 1262, 1499, 1401, 2025, 1403, 1260, 1403, // N-Z
        909, 1315, 909, 1676, 1302, 1302, // [ \ ] ^ _ `
        1255, 1300, 1126, 1300, 1260, 720, 1300, 1298, 570, 702, 1186, 570, 1995, // a-m
        1298, 1253, 1300, 1300, 875, 1067, 807, 1298, 1212, 1675, 1212, 1212, 1075, // n-z
        1300, 909, 1300, 1676, // { | } ~
    ];

    private static readonly int Widest = Units.Max();

    /// <summary>The width in pixels of one character.</summary>
    public static double Of(char c) => (c is >= ' ' and <= '~' ? Units[c - ' '] : Widest) * FontSize / UnitsPerEm;

    /// <summary>The width of a text in whole pixels, rounded up to an odd number so the text centres on a pixel.</summary>
    public static int Measure(string text)
    {
        var width = (int)Math.Ceiling(text.Sum(Of));
        return width % 2 == 0 ? width + 1 : width;
    }
}
