using Steady.Diagnostics;
using Steady.Model;

namespace Steady.Validate;

/// <summary>Rules of <c>stewards.yml</c>: each steward is vouched for by two who were stewards before.</summary>
internal static class StewardRules
{
    public const int VouchersNeeded = 2;

    public static void Check(IReadOnlyList<Steward> stewards, DiagnosticBag bag)
    {
        if (stewards.Count == 0)
        {
            return;
        }

        var founding = stewards.Min(s => s.Since);
        var byLogin = new Dictionary<string, Steward>(StringComparer.OrdinalIgnoreCase);
        foreach (var steward in stewards)
        {
            if (!byLogin.TryAdd(steward.Github, steward))
            {
                bag.Error(DiagnosticCodes.DuplicateSteward, steward.At, $"steward '{steward.Github}' is listed twice",
                    "keep one entry per person; logins are case-insensitive");
            }
        }

        foreach (var steward in stewards.Where(s => s.Since != founding))
        {
            var valid = steward.VouchedBy
                .Where(v => !v.Equals(steward.Github, StringComparison.OrdinalIgnoreCase))
                .Where(v => byLogin.TryGetValue(v, out var voucher) && voucher.Since < steward.Since)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Count();
            if (valid < VouchersNeeded)
            {
                bag.Error(DiagnosticCodes.Vouching, steward.At,
                    $"steward '{steward.Github}' is vouched for by {valid} earlier steward(s); {VouchersNeeded} are needed",
                    "`vouched_by` names two stewards whose `since` is before this steward's `since`");
            }
        }
    }
}
