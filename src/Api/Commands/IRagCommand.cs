namespace Rag.Api.Commands;

/// <summary>An administrative command run instead of the web host: <c>dotnet run --project src/Api -- &lt;name&gt; …</c>.</summary>
public interface IRagCommand
{
    string Name { get; }

    /// <summary>What to type, e.g. "backup &lt;path&gt;", and what it does, for the usage text.</summary>
    string Usage { get; }

    /// <summary>Runs with the positional arguments after the name; returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> operands, IServiceProvider services, TextWriter output, CancellationToken cancellationToken);
}
