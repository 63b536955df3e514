namespace Steady.Guard;

/// <summary>The classified changes of one subject: a project (by slug), stewards.yml, or another file.</summary>
public sealed record SubjectChanges(string Subject, string File, IReadOnlyList<FieldChange> Fields);
