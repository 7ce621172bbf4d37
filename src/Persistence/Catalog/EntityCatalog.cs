using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;


namespace Rag.Persistence.Catalog;

/// <summary>The descriptors of every declared entity, read from the EF model so the schema follows the mapping.</summary>
public sealed class EntityCatalog
{
    readonly Dictionary<Type, EntityDescriptor> byType;

    public EntityCatalog(IModel model, IEnumerable<EntityDeclaration> declarations)
    {
        byType = declarations.ToDictionary(d => d.ClrType, d => Describe(model, d));
        foreach (var entity in byType.Values)
        {
            foreach (var reference in entity.References) reference.Target = byType[reference.Navigation.PropertyType];
            foreach (var collection in entity.Collections)
                collection.Target = byType[collection.IsSingle ? collection.Navigation.PropertyType : collection.Navigation.PropertyType.GetGenericArguments()[0]];
        }
    }

    public IReadOnlyCollection<EntityDescriptor> Entities => byType.Values;

    public EntityDescriptor this[Type type] => byType[type];

    public EntityDescriptor? FindByName(string name) => byType.Values.FirstOrDefault(e => e.Name == name);

    public static EntityCatalog FromServices(IServiceProvider services, IEnumerable<EntityDeclaration> declarations)
    {
        using var scope = services.CreateScope();
        return new EntityCatalog(scope.ServiceProvider.GetRequiredService<RagDbContext>().Model, declarations);
    }

    static EntityDescriptor Describe(IModel model, EntityDeclaration declaration)
    {
        var efType = model.FindEntityType(declaration.ClrType)
                     ?? throw new InvalidOperationException($"{declaration.ClrType.Name} is not mapped by RagDbContext.");
        var descriptor = (EntityDescriptor)Activator.CreateInstance(
            typeof(EntityDescriptor<>).MakeGenericType(declaration.ClrType), declaration, efType)!;

        var declared = model.GetEntityTypes().Select(t => t.ClrType).ToHashSet();
        foreach (var property in efType.GetProperties().Where(p => p.PropertyInfo is not null && !p.IsPrimaryKey()))
            descriptor.Scalars.Add(new ScalarMember(FieldName(property.Name), property.PropertyInfo!, property.IsNullable, property.IsForeignKey())
                { MaxLength = property.GetMaxLength() });
        foreach (var navigation in efType.GetNavigations().Where(n => n.PropertyInfo is not null && declared.Contains(n.TargetEntityType.ClrType)))
        {
            var foreignKey = navigation.ForeignKey.Properties[0].PropertyInfo!;
            if (navigation.IsCollection)
                descriptor.Collections.Add(new CollectionMember(FieldName(navigation.Name), navigation.PropertyInfo!, foreignKey)
                    { DeletedWithParent = navigation.ForeignKey.DeleteBehavior == DeleteBehavior.Cascade });
            else if (navigation.IsOnDependent)
                descriptor.References.Add(new ReferenceMember(FieldName(navigation.Name), navigation.PropertyInfo!, foreignKey, navigation.ForeignKey.IsRequired));
            else
                descriptor.Collections.Add(new CollectionMember(FieldName(navigation.Name), navigation.PropertyInfo!, foreignKey, IsSingle: true)
                    { DeletedWithParent = navigation.ForeignKey.DeleteBehavior == DeleteBehavior.Cascade });
        }
        return descriptor;
    }

    public static string FieldName(string clrName) => CatalogNames.Field(clrName);
}
