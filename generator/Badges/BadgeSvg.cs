using System.Globalization;
using System.Security;

namespace Steady.Badges;

/// <summary>
/// Draws a flat badge in the shields.io layout: two cells as wide as their text (Verdana 11px plus 5px padding
/// each side), text drawn at ten times the size and scaled down for sub-pixel placement, and a title and ARIA label.
/// </summary>
public static class BadgeSvg
{
    private const int Padding = 5;

    public static string Render(Badge badge)
    {
        var labelText = VerdanaWidths.Measure(badge.Label);
        var messageText = VerdanaWidths.Measure(badge.Message);
        var labelWidth = labelText + (2 * Padding);
        var messageWidth = messageText + (2 * Padding);
        var width = labelWidth + messageWidth;
        var title = SecurityElement.Escape(badge.Text);
        var label = SecurityElement.Escape(badge.Label);
        var message = SecurityElement.Escape(badge.Message);
        var labelX = labelWidth * 5;
        var messageX = (labelWidth * 10) + (messageWidth * 5);

        return string.Create(CultureInfo.InvariantCulture, $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="20" role="img" aria-label="{title}">
              <title>{title}</title>
              <linearGradient id="s" x2="0" y2="100%">
                <stop offset="0" stop-color="#bbb" stop-opacity=".1"/>
                <stop offset="1" stop-opacity=".1"/>
              </linearGradient>
              <clipPath id="r">
                <rect width="{width}" height="20" rx="3" fill="#fff"/>
              </clipPath>
              <g clip-path="url(#r)">
                <rect width="{labelWidth}" height="20" fill="{BadgePalette.Label}"/>
                <rect x="{labelWidth}" width="{messageWidth}" height="20" fill="{badge.Color}"/>
                <rect width="{width}" height="20" fill="url(#s)"/>
              </g>
              <g text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">
                <text x="{labelX}" y="140" transform="scale(.1)" fill="{BadgePalette.TextOn(BadgePalette.Label)}" textLength="{labelText * 10}">{label}</text>
                <text x="{messageX}" y="140" transform="scale(.1)" fill="{BadgePalette.TextOn(badge.Color)}" textLength="{messageText * 10}">{message}</text>
              </g>
            </svg>

            """);
    }
}
