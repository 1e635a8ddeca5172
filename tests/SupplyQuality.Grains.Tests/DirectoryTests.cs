using SupplyQuality.Domain.Directory;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Tests.Infrastructure;

namespace SupplyQuality.Grains.Tests;

/// <summary>Registering OEMs, suppliers and parts, and the sourcing links between them.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DirectoryTests(ClusterFixture fixture)
{
    private readonly TestSupplyChain _chain = new(fixture);

    [Fact]
    public async Task Registered_profiles_can_be_read_back()
    {
        string oem = await _chain.NewOem();
        string supplier = await _chain.NewSupplier();
        string part = await _chain.NewPart();

        var oemProfile = await _chain.Oem(oem).GetProfile();
        var supplierProfile = await _chain.Supplier(supplier).GetProfile();
        var partProfile = await _chain.Part(part).GetProfile();

        Assert.Equal(new OemProfile(oem, "Huaxin Motors", "华信汽车", EightDPolicy.Default, RiskPolicy.Default), oemProfile);
        Assert.Equal(new SupplierProfile(supplier, "Ningbo Precision Castings", "宁波精密铸造"), supplierProfile);
        Assert.Equal(new PartProfile(part, "Brake caliper housing", "制动钳壳体"), partProfile);
        Assert.True(await _chain.Oem(oem).IsRegistered());
        Assert.True(await _chain.Supplier(supplier).IsRegistered());
        Assert.True(await _chain.Part(part).IsRegistered());
    }

    [Fact]
    public async Task Unregistered_entities_are_not_found()
    {
        string oem = TestSupplyChain.NewId("OEM");
        string supplier = TestSupplyChain.NewId("SUP");
        string part = TestSupplyChain.NewId("P");

        Assert.False(await _chain.Oem(oem).IsRegistered());
        var oemError = await Assert.ThrowsAsync<EntityNotFoundException>(() => _chain.Oem(oem).GetProfile());
        var supplierError = await Assert.ThrowsAsync<EntityNotFoundException>(() => _chain.Supplier(supplier).GetProfile());
        var partError = await Assert.ThrowsAsync<EntityNotFoundException>(() => _chain.Part(part).GetProfile());

        Assert.Equal(("oem_id", oem), (oemError.Field, oemError.EntityId));
        Assert.Equal(("supplier_id", supplier), (supplierError.Field, supplierError.EntityId));
        Assert.Equal(("part_number", part), (partError.Field, partError.EntityId));
    }

    [Fact]
    public async Task An_invalid_profile_is_refused_with_every_broken_field()
    {
        string oem = TestSupplyChain.NewId("OEM");
        var policy = new EightDPolicy(TimeSpan.Zero, TimeSpan.FromDays(10), TimeSpan.FromDays(60));

        var error = await Assert.ThrowsAsync<InputValidationException>(() => _chain.Oem(oem).Register(new OemProfile(oem, " ", string.Empty, policy, RiskPolicy.Default)));

        Assert.Contains(error.Violations, v => v.Field == "name");
        Assert.Contains(error.Violations, v => v.Field == "eight_d_policy.containment_due");
        Assert.False(await _chain.Oem(oem).IsRegistered());
    }

    [Fact]
    public async Task AddSourcing_links_the_relation_the_supplier_the_part_and_the_oem()
    {
        string oem = await _chain.NewOem();
        string supplier = await _chain.NewSupplier();
        string part = await _chain.NewPart();

        var link = await _chain.Oem(oem).AddSourcing(supplier, part);

        Assert.Equal(new SourcingLink(oem, supplier, part), link);
        await _chain.Relation(oem, supplier).RequireSourced(part);
        Assert.Equal(new[] { oem }, await _chain.Supplier(supplier).GetOemIds());
        Assert.Equal(new[] { new SourcingLink(oem, supplier, part) }, await _chain.Part(part).GetSources());
        Assert.Equal(new[] { supplier }, await _chain.Oem(oem).GetSupplierIds());
    }

    [Fact]
    public async Task AddSourcing_with_an_unknown_supplier_or_part_is_refused_and_links_nothing()
    {
        string oem = await _chain.NewOem();
        string supplier = await _chain.NewSupplier();
        string part = await _chain.NewPart();
        string unknownSupplier = TestSupplyChain.NewId("SUP");
        string unknownPart = TestSupplyChain.NewId("P");

        var supplierError = await Assert.ThrowsAsync<EntityNotFoundException>(() => _chain.Oem(oem).AddSourcing(unknownSupplier, part));
        var partError = await Assert.ThrowsAsync<EntityNotFoundException>(() => _chain.Oem(oem).AddSourcing(supplier, unknownPart));

        Assert.Equal(("supplier_id", unknownSupplier), (supplierError.Field, supplierError.EntityId));
        Assert.Equal(("part_number", unknownPart), (partError.Field, partError.EntityId));
        Assert.Empty(await _chain.Oem(oem).GetSupplierIds());
        Assert.Empty(await _chain.Supplier(supplier).GetOemIds());
        Assert.Empty(await _chain.Part(part).GetSources());
        var notLinked = await Assert.ThrowsAsync<WorkflowRuleException>(() => _chain.Relation(oem, supplier).RequireSourced(part));
        Assert.Equal("sourcing.not_linked", notLinked.Rule);
    }

    [Fact]
    public async Task AddSourcing_for_an_unregistered_oem_is_refused()
    {
        string oem = TestSupplyChain.NewId("OEM");
        string supplier = await _chain.NewSupplier();
        string part = await _chain.NewPart();

        var error = await Assert.ThrowsAsync<EntityNotFoundException>(() => _chain.Oem(oem).AddSourcing(supplier, part));

        Assert.Equal("oem_id", error.Field);
        Assert.Empty(await _chain.Part(part).GetSources());
    }

    [Fact]
    public async Task AddSourcing_with_a_malformed_id_is_an_input_error()
    {
        string oem = await _chain.NewOem();
        string part = await _chain.NewPart();

        var error = await Assert.ThrowsAsync<InputValidationException>(() => _chain.Oem(oem).AddSourcing("no spaces allowed", part));

        Assert.Equal("supplier_id", Assert.Single(error.Violations).Field);
    }

    [Fact]
    public async Task Registering_and_linking_twice_is_idempotent()
    {
        string oem = await _chain.NewOem();
        string supplier = await _chain.NewSupplier();
        string part = await _chain.NewPart();
        var profile = await _chain.Oem(oem).GetProfile();

        Assert.Equal(profile, await _chain.Oem(oem).Register(profile));
        await _chain.Oem(oem).AddSourcing(supplier, part);
        await _chain.Oem(oem).AddSourcing(supplier, part);
        await _chain.Supplier(supplier).AddOem(oem);
        await _chain.Part(part).AddSource(oem, supplier);
        await _chain.Relation(oem, supplier).AddPart(part);

        Assert.Equal(profile, await _chain.Oem(oem).GetProfile());
        Assert.Equal(new[] { oem }, await _chain.Supplier(supplier).GetOemIds());
        Assert.Equal(new[] { new SourcingLink(oem, supplier, part) }, await _chain.Part(part).GetSources());
        Assert.Equal(new[] { supplier }, await _chain.Oem(oem).GetSupplierIds());
        var (events, _) = await fixture.Ledgers.OpenAsync($"relations/{oem}/{supplier}", CancellationToken.None);
        Assert.Equal([new PartSourced(part)], events);
    }

    [Fact]
    public async Task Registering_again_with_new_details_updates_the_profile()
    {
        string supplier = await _chain.NewSupplier();
        var renamed = new SupplierProfile(supplier, "Ningbo Precision Castings Co., Ltd.", "宁波精密铸造有限公司");

        await _chain.Supplier(supplier).Register(renamed);

        Assert.Equal(renamed, await _chain.Supplier(supplier).GetProfile());
    }
}
