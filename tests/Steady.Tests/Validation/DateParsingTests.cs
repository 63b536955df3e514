using System.Globalization;
using Steady.Load;

namespace Steady.Tests.Validation;

/// <summary>The binder's date reader accepts exactly what <c>DateOnly.TryParseExact(.., "yyyy-MM-dd", ..)</c> accepts.</summary>
public sealed class DateParsingTests
{
    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2026-11-27", true)]
    [InlineData("2026-13-01", false)]
    [InlineData("2026-00-10", false)]
    [InlineData("2026-04-31", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("2026-1-01", false)]
    [InlineData("2026/01/01", false)]
    [InlineData("2026-01-01T00:00", false)]
    [InlineData("２０２６-01-01", false)]
    [InlineData("", false)]
    public void Reads_real_days_written_as_YYYY_MM_DD(string text, bool valid)
    {
        Assert.Equal(valid, ModelBinder.TryParseDate(text, out var date));
        Assert.Equal(valid, DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected));
        Assert.Equal(expected, date);
    }

    [Fact]
    public void Agrees_with_the_framework_on_random_strings_of_date_characters()
    {
        var random = new Random(42);
        const string alphabet = "0123456789-- /T";
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(8, 12)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }

            if (random.Next(2) == 0 && chars.Length >= 10)
            {
                chars[4] = '-';
                chars[7] = '-';
            }

            var text = new string(chars);
            var expectedValid = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected);
            Assert.True(expectedValid == ModelBinder.TryParseDate(text, out var date), text);
            Assert.Equal(expected, date);
        }
    }
}
