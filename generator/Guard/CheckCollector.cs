namespace Steady.Guard;

/// <summary>
/// Gathers what each change requires, merging changes that fall under the same rule, subject and requirement into
/// one check, then evaluates every check against the sign-offs.
/// </summary>
internal sealed class CheckCollector
{
    private readonly List<Pending> _pending = [];

    public void Require(GuardRule rule, string subject, string? file, int line, Requirement requirement, string because) =>
        Find(rule, subject, file, line, requirement, null).Because.Add(because);

    public void Refuse(GuardRule rule, string subject, string? file, int line, string reason, string because) =>
        Find(rule, subject, file, line, null, reason).Because.Add(because);

    public IReadOnlyList<RuleCheck> Evaluate(SignOffs signOffs) => _pending.Select(p =>
    {
        var because = p.Because.Distinct(StringComparer.Ordinal).ToArray();
        if (p.Refusal is not null)
        {
            return new RuleCheck(p.Rule.Id, p.Subject, p.File, p.Line, because, null, CheckOutcome.Refused, [], p.Refusal);
        }

        var evaluation = signOffs.Evaluate(p.Requirement!);
        return new RuleCheck(p.Rule.Id, p.Subject, p.File, p.Line, because, p.Requirement!.Describe(),
            evaluation.Satisfied ? CheckOutcome.Satisfied : CheckOutcome.NeedsApproval, evaluation.SatisfiedBy, evaluation.Missing);
    }).ToArray();

    private Pending Find(GuardRule rule, string subject, string? file, int line, Requirement? requirement, string? refusal)
    {
        var key = requirement?.Describe() ?? refusal!;
        var found = _pending.Find(p => p.Rule == rule && p.Subject == subject && p.Key == key);
        if (found is null)
        {
            found = new Pending(rule, subject, file, line, requirement, refusal, key);
            _pending.Add(found);
        }

        return found;
    }

    private sealed record Pending(GuardRule Rule, string Subject, string? File, int Line, Requirement? Requirement, string? Refusal, string Key)
    {
        public List<string> Because { get; } = [];
    }
}
