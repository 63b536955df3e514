using Steady.Derive;
using Steady.Model;

namespace Steady.Api;

/// <summary>One reason for a project's downstream caution.</summary>
public sealed record ApiCautionReason(CautionCause Cause, CautionLevel Level, DateOnly? Since, string Text);
