using System.Reflection;
using GraphQL.Types;
using Rag.Api.GraphQL.Rendering;
using Rag.Persistence.Catalog;

namespace Rag.Api.GraphQL.Analysis;

/// <summary>An analysis record as an output type: its public properties, described by their [Description].</summary>
public sealed class AnalysisObjectType<T> : AutoRegisteringObjectGraphType<T>
{
    protected override IEnumerable<MemberInfo> GetRegisteredMembers() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);

    // A record's property reads plainly, so a list of records is written straight to JSON.
    protected override FieldType? CreateField(MemberInfo memberInfo) =>
        base.CreateField(memberInfo)?.ReadsPlainly(ScalarMember.Getter((PropertyInfo)memberInfo), (PropertyInfo)memberInfo);
}

/// <summary>A filter record as an input type, named as HotChocolate names inputs (<c>…Input</c>).</summary>
public sealed class AnalysisInputType<T> : AutoRegisteringInputObjectGraphType<T>
{
    public AnalysisInputType() => Name = typeof(T).Name + "Input";

    protected override IEnumerable<MemberInfo> GetRegisteredMembers() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0);
}

public static class AnalysisGraphTypeServices
{
    /// <summary>The schema asks the container for each graph type it meets; these are the analysis fields' open generics.</summary>
    public static IServiceCollection AddRagAnalysisGraphTypes(this IServiceCollection services)
    {
        services.AddTransient(typeof(AnalysisObjectType<>));
        services.AddTransient(typeof(AnalysisInputType<>));
        services.AddTransient(typeof(EnumerationGraphType<>));
        services.AddTransient<Data.Types.DateType>();
        return services;
    }
}
