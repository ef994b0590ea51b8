using System.Reflection;
using Ruicheng.Architecture.Tests.KnownBad;

namespace Ruicheng.Architecture.Tests;

public class PackageConventionTests
{
    public static TheoryData<string> ShippedAssemblies => new() { "Ruicheng.Primitives", "Ruicheng.Governance", "Ruicheng.Economy", "Ruicheng.Civility", "Ruicheng.Storage" };

    public static TheoryData<string> PopulatedAssemblies => new() { "Ruicheng.Primitives", "Ruicheng.Governance", "Ruicheng.Economy", "Ruicheng.Civility" };

    public static TheoryData<string> DomainAssemblies => new() { "Ruicheng.Governance", "Ruicheng.Economy", "Ruicheng.Civility" };

    private static Assembly Load(string name) => Assembly.Load(name);

    [Theory]
    [MemberData(nameof(DomainAssemblies))]
    public void DomainPackage_ReferencesNoOtherDomainPackage(string name)
    {
        var assembly = Load(name);
        Assert.Empty(ConventionRules.ForbiddenReferences(assembly, ConventionRules.DomainPackages.Where(p => p != name)));
        Assert.Contains("Ruicheng.Primitives", assembly.GetReferencedAssemblies().Select(a => a.Name));
    }

    [Fact]
    public void Primitives_ReferencesNoDomainPackage() =>
        Assert.Empty(ConventionRules.ForbiddenReferences(Load("Ruicheng.Primitives"), ConventionRules.DomainPackages));

    [Fact]
    public void ForbiddenReferences_CanFail_OnThisTestAssembly() =>
        // This test project references all three domain packages, so the rule must report them.
        Assert.Equal(
            ConventionRules.DomainPackages.OrderBy(n => n, StringComparer.Ordinal),
            ConventionRules.ForbiddenReferences(typeof(PackageConventionTests).Assembly, ConventionRules.DomainPackages).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void PublicStructs_AreReadOnly(string name) =>
        Assert.Empty(ConventionRules.MutableStructs(ConventionRules.PublicTypes(Load(name))));

    [Fact]
    public void PublicStructsRule_CanFail_OnKnownBadFixture()
    {
        var flagged = ConventionRules.MutableStructs(ConventionRules.PublicTypes(typeof(MutablePoint).Assembly)).ToList();
        Assert.Contains(typeof(MutablePoint), flagged);
        Assert.Contains(typeof(LooseCursor), flagged);
        Assert.DoesNotContain(typeof(GoodValue), flagged);
        Assert.DoesNotContain(typeof(Civility.Ledger.LedgerEntries.Enumerator), ConventionRules.MutableStructs([typeof(Civility.Ledger.LedgerEntries.Enumerator)]));
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void PublicClasses_AreSealedOrAbstract(string name) =>
        Assert.Empty(ConventionRules.UnsealedConcreteClasses(ConventionRules.PublicTypes(Load(name))));

    [Fact]
    public void SealedRule_CanFail_OnKnownBadFixture() =>
        Assert.Contains(typeof(OpenService), ConventionRules.UnsealedConcreteClasses(ConventionRules.PublicTypes(typeof(OpenService).Assembly)));

    [Theory]
    [MemberData(nameof(PopulatedAssemblies))]
    public void ShippedAssembly_IsTheRealPackage(string name) =>
        // Guard against checking the wrong assembly (the classic convention-test bug): it must export types.
        Assert.NotEmpty(ConventionRules.PublicTypes(Load(name)));

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void NoPublicSignature_ExposesFluentValidation(string name) =>
        Assert.Empty(ConventionRules.ExposedFluentValidation(Load(name).GetExportedTypes()));

    [Fact]
    public void FluentValidationRule_CanFail_OnKnownBadFixture() =>
        Assert.Contains("Ruicheng.Architecture.Tests.KnownBad.LeakyLoader.Load", ConventionRules.ExposedFluentValidation([typeof(LeakyLoader)]));

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void CanMethods_AnswerWithABool(string name) =>
        Assert.Empty(ConventionRules.NonBooleanCanMethods(Load(name).GetExportedTypes()));

    [Fact]
    public void CanRule_CanFail_OnKnownBadFixture() =>
        Assert.Contains("Ruicheng.Architecture.Tests.KnownBad.ChattyCase.CanClose", ConventionRules.NonBooleanCanMethods([typeof(ChattyCase), typeof(GoodValue)]));

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void RecordsBuiltByAFactory_CannotBeChangedWithWith(string name) =>
        Assert.Empty(ConventionRules.WithableFactoryRecords(Load(name).GetExportedTypes()));

    [Fact]
    public void WithableRecordRule_CanFail_OnKnownBadFixture() =>
        Assert.Equal([typeof(CheckedPercent)], ConventionRules.WithableFactoryRecords([typeof(CheckedPercent), typeof(ChattyCase), typeof(GoodValue)]));

    [Theory]
    [MemberData(nameof(DomainAssemblies))]
    public void RuleClasses_CheckTheirOwnCondition(string name) =>
        Assert.Empty(ConventionRules.RulesWithoutLogic(Load(name).GetExportedTypes()));

    [Fact]
    public void RulesOwnTheirLogicRule_CanFail_OnKnownBadFixture() =>
        Assert.Equal([typeof(IdOnlyRule)], ConventionRules.RulesWithoutLogic([typeof(IdOnlyRule), typeof(ChattyCase), typeof(OpenService)]));
}
