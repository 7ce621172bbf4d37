namespace Rag.Api.Tests.Hardening;

/// <summary>One hostile request: what kind of abuse it is and exactly what goes over the wire.</summary>
public sealed record BadInput(string Kind, string Body, string Method = "POST", string ContentType = "application/json",
    string? Accept = null, bool AsEditor = false, string? QueryString = null);
