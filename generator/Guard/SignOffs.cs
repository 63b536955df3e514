namespace Steady.Guard;

/// <summary>
/// The people who signed off a pull request: the author (unless the author's login was refused) and the approving
/// reviewers. A young or unverified author account may not fill a one-person alternative alone.
/// </summary>
public sealed class SignOffs
{
    public SignOffs(string? author, bool authorMayStandAlone, IEnumerable<string> approvers)
    {
        Author = author;
        AuthorMayStandAlone = authorMayStandAlone;
        Approvers = approvers.Where(a => author is null || !Logins.Same(a, author)).Distinct(Logins.Comparer).ToArray();
    }

    public string? Author { get; }

    public bool AuthorMayStandAlone { get; }

    public IReadOnlyList<string> Approvers { get; }

    /// <summary>Everyone who signed off, author first.</summary>
    public IReadOnlyList<string> People => Author is null ? Approvers : [Author, .. Approvers];

    /// <summary>Whether a requirement is met, by whom, and what is missing when it is not.</summary>
    public Evaluation Evaluate(Requirement requirement)
    {
        var missing = new List<string>();
        foreach (var alternative in requirement.Alternatives)
        {
            var people = People
                .Where(p => alternative.Places.Count > 1 || AuthorMayStandAlone || Author is null || !Logins.Same(p, Author))
                .ToArray();
            var best = BestAssignment(alternative.Places, people);
            if (best.All(p => p is not null))
            {
                return new Evaluation(true, best.Select(p => p!).ToArray(), null);
            }

            missing.Add(DescribeMissing(alternative, best));
        }

        return new Evaluation(false, [], string.Join("; or ", missing));
    }

    private string DescribeMissing(Alternative alternative, string?[] filled)
    {
        var signed = filled.Where(p => p is not null).Select(p => SafeMarkdown.Code(p!)).ToArray();
        var open = alternative.Places.Where((_, i) => filled[i] is null).Select(r => r.Label).ToArray();
        var text = signed.Length == 0
            ? alternative.Label
            : $"{alternative.Label}: signed by {string.Join(", ", signed)}; still needed: {string.Join(" and ", open)}";
        if (!AuthorMayStandAlone && Author is not null && alternative.Places.Count == 1 && alternative.Places[0].IsHeldBy(Author))
        {
            text += $" other than the author (the author's account cannot stand alone: {GuardRules.YoungAccount.Id})";
        }

        return text;
    }

    /// <summary>Fills as many places as possible with different people (places are few, so a full search is cheap).</summary>
    private static string?[] BestAssignment(IReadOnlyList<Role> places, IReadOnlyList<string> people)
    {
        var best = new string?[places.Count];
        var bestCount = -1;
        var current = new string?[places.Count];
        var used = new HashSet<string>(Logins.Comparer);

        void Search(int index, int count)
        {
            if (count + (places.Count - index) <= bestCount)
            {
                return;
            }

            if (index == places.Count)
            {
                bestCount = count;
                Array.Copy(current, best, current.Length);
                return;
            }

            foreach (var person in people)
            {
                if (used.Contains(person) || !places[index].IsHeldBy(person))
                {
                    continue;
                }

                used.Add(person);
                current[index] = person;
                Search(index + 1, count + 1);
                used.Remove(person);
                current[index] = null;
            }

            Search(index + 1, count);
        }

        Search(0, 0);
        return best;
    }
}
