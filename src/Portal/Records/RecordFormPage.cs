using Microsoft.AspNetCore.Authorization;
using Rag.Persistence;
using Rag.Persistence.Catalog;
using Rag.Persistence.Editing;
using Rag.Portal.Editing;
using Rag.Portal.Navigation;

namespace Rag.Portal.Records;

/// <summary>What the create and edit pages share: the catalog-derived form, its fields' help from the domain's
/// documentation, and the labels of the records its pickers point at. Changing needs an editing role; the core
/// then holds an LA editor to their LAs.</summary>
[Authorize(Policy = PortalPolicies.Editor)]
public abstract class RecordFormPage(RagDbContext db, EntityCatalog catalog, XmlDocumentation docs, RecordEditor editor) : RecordPage(db, catalog)
{
    protected RecordEditor Editor => editor;

    public RecordForm Form { get; private set; } = null!;

    public IEnumerable<RecordField> Fields => Form.Members.Select(m => new RecordField(Form, m, docs.Member((System.Reflection.MemberInfo?)m.Reference?.Navigation ?? m.Scalar.Property)));

    protected void StartForm() => Form = new RecordForm(Entity);

    /// <summary>Reads the labels of the chosen references, so each picker shows its record's name, not its id.</summary>
    protected async Task LabelReferencesAsync(CancellationToken cancellationToken)
    {
        foreach (var member in Form.Members.Where(m => m.Reference is not null))
            if (Form.Values.GetValueOrDefault(member.Scalar.Property.Name)?.LastOrDefault() is { } value && int.TryParse(value, out var id))
                Form.ReferenceLabels[member.Scalar.Property.Name] = await LabelAsync(member.Reference!.Target, id, cancellationToken);
    }

    /// <summary>After a refusal: each error beside its field, the rest in the summary; after a conflict, the other
    /// person's values beside the editor's (which stay in the form) and their version to save over.</summary>
    protected async Task ShowRefusalAsync(EditResult result, CancellationToken cancellationToken)
    {
        ModelState.AddErrors(result, RecordForm.Prefix);
        if (result.Errors.OfType<ConflictError>().FirstOrDefault() is { Current: Rag.Domain.Common.Record current })
        {
            var labels = new Dictionary<(string, int), string>();
            foreach (var reference in Entity.References)
                if (reference.ReadForeignKey(current) is int id) labels[(reference.Target.Name, id)] = await LabelAsync(reference.Target, id, cancellationToken);
            Form.CompareWith(current, (reference, id) => labels.GetValueOrDefault((reference.Target.Name, id)) ?? id.ToString());
            Form.Version = current.Version;
        }
        await LabelReferencesAsync(cancellationToken);
    }

    protected string Saved(EditResult result, string what) =>
        result.RuleFindings.Count == 0 ? what : $"{what} The rules find: {string.Join(" ", result.RuleFindings.Select(f => f.Message))}";
}
