using System.Text.Json;
using Steady.Api;

namespace Steady.Tests.Api;

public sealed class MappedListTests
{
    [Fact]
    public void Items_are_made_as_they_are_read_and_serialize_as_the_made_list_would()
    {
        var made = 0;
        var list = new MappedList<int, string>([3, 1, 2], i =>
        {
            made++;
            return new string('x', i);
        });

        Assert.Equal(0, made);
        Assert.Equal(3, list.Count);
        Assert.Equal("x", list[1]);
        Assert.Equal(1, made);
        Assert.Equal(
            JsonSerializer.Serialize<IReadOnlyList<string>>(["xxx", "x", "xx"], ApiJson.Options),
            JsonSerializer.Serialize<IReadOnlyList<string>>(list, ApiJson.Options));
        Assert.Equal(4, made);
    }
}
