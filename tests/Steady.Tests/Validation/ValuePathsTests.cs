using Steady.Model;

namespace Steady.Tests.Validation;

/// <summary>The value paths every source map shares: right for every parent, key and index, and made once.</summary>
public sealed class ValuePathsTests
{
    [Fact]
    public void A_key_path_is_its_parent_a_dot_and_the_key_and_a_top_level_key_is_the_key_itself()
    {
        Assert.Equal("status.until", ValuePaths.Key("status", "until"));
        Assert.Same("status", ValuePaths.Key("", "status"));
    }

    [Fact]
    public void An_item_path_is_its_parent_and_the_index_in_brackets_even_past_the_shared_indexes()
    {
        Assert.Equal("history[2]", ValuePaths.Item("history", 2));
        Assert.Equal($"history[{ValuePaths.SharedIndexes + 3}]", ValuePaths.Item("history", ValuePaths.SharedIndexes + 3));
    }

    /// <summary>
    /// Thousands of parents, keys and indexes, asked again with equal strings that are other instances: every answer is
    /// the right text, and the same instance as the first time.
    /// </summary>
    [Fact]
    public void Every_path_is_right_and_shared_whatever_instances_of_the_texts_ask_for_it()
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 3000; i++)
            {
                // New string instances on every round: the path must not depend on which instance asks.
                var parent = new string($"p{i % 97}[{i % 7}]".AsSpan());
                var key = new string($"k{i % 113}".AsSpan());
                var keyPath = ValuePaths.Key(parent, key);
                var itemPath = ValuePaths.Item(parent, i % ValuePaths.SharedIndexes);
                Assert.Equal($"{parent}.{key}", keyPath);
                Assert.Equal($"{parent}[{i % ValuePaths.SharedIndexes}]", itemPath);
                foreach (var path in new[] { keyPath, itemPath })
                {
                    if (first.TryGetValue(path, out var earlier))
                    {
                        Assert.Same(earlier, path);
                    }
                    else
                    {
                        first[path] = path;
                    }
                }
            }
        }
    }
}
