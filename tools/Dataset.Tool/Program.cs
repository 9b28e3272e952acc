return Dataset.Tool.Cli.Run(args, System.Console.Out, System.Console.Error);
