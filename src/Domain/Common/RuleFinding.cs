namespace Rag.Domain.Common;

public enum RuleSeverity { Warning, Breach }

/// <summary>What a domain rule found: rules report, they never silently change data.</summary>
/// <param name="Rule">A stable code clients can match on, e.g. <c>DEPLOYMENT_OVER_THREE_YEARS</c>.</param>
/// <param name="Source">Where the rule is written, e.g. "003_647eae05d11896ce.txt:1076".</param>
public sealed record RuleFinding(string Rule, RuleSeverity Severity, string Message, string Source);
