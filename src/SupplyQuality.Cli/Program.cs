using SupplyQuality.Cli;

return await SqCli.RunAsync(args, Console.Out, Console.Error);
