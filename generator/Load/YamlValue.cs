using Steady.Model;

namespace Steady.Load;

/// <summary>A node of a safely read YAML document: mapping, sequence or scalar, each with its location.</summary>
public abstract record YamlValue(SourceLocation At);

/// <summary>A scalar; <see cref="Plain"/> is false when it was quoted or a block scalar.</summary>
public sealed record YamlScalar(SourceLocation At, string Text, bool Plain) : YamlValue(At)
{
    /// <summary>An unquoted empty value, <c>~</c> or <c>null</c>: the key is treated as absent.</summary>
    public bool IsNull => Plain && (Text.Length == 0 || Text is "~" or "null" or "Null" or "NULL");
}

/// <summary>One key and its value, in file order.</summary>
public readonly record struct YamlEntry(YamlScalar Key, YamlValue Value);

/// <summary>A mapping with unique keys, in file order.</summary>
public sealed record YamlMapping(SourceLocation At, IReadOnlyList<YamlEntry> Entries) : YamlValue(At);

/// <summary>A sequence, in file order.</summary>
public sealed record YamlSequence(SourceLocation At, IReadOnlyList<YamlValue> Items) : YamlValue(At);
