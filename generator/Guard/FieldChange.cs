namespace Steady.Guard;

/// <summary>
/// One classified change of a registry file: the area it touches, the field, a short human description,
/// and the line at the head (or the base, for removals) where it is.
/// </summary>
/// <param name="Login">The person the change is about (an added or removed maintainer or steward).</param>
public sealed record FieldChange(ChangeArea Area, string Field, string What, int Line, ChangeTags Tags = ChangeTags.None, string? Login = null)
{
    public bool Has(ChangeTags tag) => (Tags & tag) == tag;
}
