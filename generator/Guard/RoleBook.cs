namespace Steady.Guard;

/// <summary>
/// Builds the requirements of the rules from the roles at the base: who the stewards are, who the repository admins
/// are, and the fallback to admins when the registry has too few stewards.
/// </summary>
public sealed class RoleBook
{
    private const int ListAtMost = 10;

    public RoleBook(IEnumerable<string> stewards, IEnumerable<string> admins)
    {
        Stewards = Logins.Set(stewards);
        Admins = Logins.Set(admins);
        Steward = new Role("a steward", Stewards);
        Admin = new Role("a repository admin", Admins);
    }

    public IReadOnlySet<string> Stewards { get; }

    public IReadOnlySet<string> Admins { get; }

    public Role Steward { get; }

    public Role Admin { get; }

    /// <summary>True once a requirement had to fall back to repository admins.</summary>
    public bool FallbackUsed { get; private set; }

    public Alternative TwoStewards()
    {
        if (Stewards.Count >= 2)
        {
            return new Alternative([Steward, Steward], $"two stewards {Holders(Stewards)}");
        }

        FallbackUsed = true;
        return new Alternative([Admin], $"a repository admin {Holders(Admins)} (fallback: fewer than two stewards)", IsFallback: true);
    }

    public Alternative OneSteward()
    {
        if (Stewards.Count >= 1)
        {
            return new Alternative([Steward], $"a steward {Holders(Stewards)}");
        }

        FallbackUsed = true;
        return new Alternative([Admin], $"a repository admin {Holders(Admins)} (fallback: no stewards)", IsFallback: true);
    }

    public Alternative OneAdmin() => new([Admin], $"a repository admin {Holders(Admins)}");

    public Role MaintainerOf(string slug, IReadOnlySet<string> maintainers) =>
        new($"a maintainer of {SafeMarkdown.Code(slug)}", maintainers);

    public Alternative Maintainer(string slug, IReadOnlySet<string> maintainers) =>
        new([MaintainerOf(slug, maintainers)], $"a maintainer of {SafeMarkdown.Code(slug)} {Holders(maintainers)}");

    /// <summary>A maintainer and a steward, two people (a repository admin stands in for the steward when there is none).</summary>
    public Alternative MaintainerAndSteward(string slug, IReadOnlySet<string> maintainers)
    {
        var steward = Stewards.Count >= 1 ? Steward : Admin;
        if (Stewards.Count == 0)
        {
            FallbackUsed = true;
        }

        return new Alternative([MaintainerOf(slug, maintainers), steward],
            $"a maintainer of {SafeMarkdown.Code(slug)} {Holders(maintainers)} and {steward.Label} {Holders(steward.Holders)}",
            IsFallback: Stewards.Count == 0);
    }

    /// <summary>One sign-off by anyone trusted with the file: its maintainers, a steward or a repository admin.</summary>
    public Alternative Trusted(string? slug, IReadOnlySet<string> maintainers)
    {
        var holders = Logins.Set(maintainers.Concat(Stewards).Concat(Admins));
        var label = slug is null || maintainers.Count == 0
            ? "a steward or a repository admin"
            : $"a maintainer of {SafeMarkdown.Code(slug)} {Holders(maintainers)}, a steward or a repository admin";
        return new Alternative([new Role(label, holders)], label);
    }

    /// <summary>Two of the stewards a new steward names as vouchers.</summary>
    public Alternative Vouchers(string steward, IReadOnlySet<string> vouchers)
    {
        var role = new Role($"a voucher of {SafeMarkdown.Code(steward)}", vouchers);
        return new Alternative([role, role], $"two of the stewards vouching for {SafeMarkdown.Code(steward)} {Holders(vouchers)}");
    }

    /// <summary>The people who hold a role, for the report: <c>(`a`, `b`)</c>, cut after ten.</summary>
    public string Holders(IReadOnlySet<string> holders)
    {
        if (holders.Count == 0)
        {
            return ReferenceEquals(holders, Admins) ? "(none named: pass --admins)" : "(nobody holds this role)";
        }

        var sorted = holders.Order(StringComparer.OrdinalIgnoreCase).ThenBy(h => h, StringComparer.Ordinal).ToArray();
        var shown = sorted.Take(ListAtMost).Select(SafeMarkdown.Code);
        var more = sorted.Length > ListAtMost ? $", and {sorted.Length - ListAtMost} more" : "";
        return $"({string.Join(", ", shown)}{more})";
    }
}
