using SupplyQuality.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddSupplyQualityHub();

var app = builder.Build();
app.MapSupplyQualityHub();
app.Run();
