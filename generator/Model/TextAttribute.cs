namespace Steady.Model;

/// <summary>Declares the shape of a text value (or of each text in a list).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TextAttribute(TextKind kind) : Attribute
{
    public TextKind Kind { get; } = kind;
}
