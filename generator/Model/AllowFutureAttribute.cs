namespace Steady.Model;

/// <summary>Marks a date that may lie after the as-of date (an expected return, for instance).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AllowFutureAttribute : Attribute;
