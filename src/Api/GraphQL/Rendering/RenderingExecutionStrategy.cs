using System.Collections;
using System.Text.Json;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Rag.Api.GraphQL.Rendering;

/// <summary>Runs a query one field at a time, as <see cref="SerialExecutionStrategy"/> does (one DbContext serves a
/// request), but writes a list whose items select only plainly read fields (columns, joined references, analysis
/// records) straight to JSON once it is resolved, instead of building an execution node per field per row: those
/// nodes were a quarter of a large query's allocations. A list that breaks a rule on the way (a null where the type
/// says non-null, a reference not joined) is resolved as usual, so the answer and its errors are the executor's.</summary>
public sealed class RenderingExecutionStrategy : SerialExecutionStrategy
{
    [ThreadStatic] static Utf8JsonWriter? writer;

    protected override Task CompleteNodeAsync(ExecutionContext context, ExecutionNode node) =>
        node is ArrayExecutionNode list && node.Result is IEnumerable and not string && TryRender(context, list)
            ? Task.CompletedTask
            : base.CompleteNodeAsync(context, node);

    bool TryRender(ExecutionContext context, ArrayExecutionNode node)
    {
        if (context.RequestServices?.GetService(typeof(RenderBuffer)) is not RenderBuffer buffer) return false;
        if (RenderPlanner.For(context, node, Collect) is not { } shape) return false;
        var mark = buffer.Mark;
        var json = writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = GraphQLJson.Encoder, SkipValidation = true });
        json.Reset(buffer);
        try
        {
            if (shape.TryWrite(json, node.Result))
            {
                json.Flush();
                node.SerializedResult = buffer.Commit(mark);
                return true;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A getter or a scalar failed: the executor resolves the list again and reports it as a field error.
        }
        json.Reset(buffer);
        buffer.Truncate(mark);
        return false;
    }

    Dictionary<string, (GraphQLField Field, FieldType Definition)> Collect(ExecutionContext context, IGraphType type, GraphQLSelectionSet set) =>
        CollectFieldsFrom(context, type, set, null);
}
