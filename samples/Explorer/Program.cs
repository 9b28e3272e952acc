return Explorer.Cli.Run(args, System.Console.Out, System.Console.Error);
