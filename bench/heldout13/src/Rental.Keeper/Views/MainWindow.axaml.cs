using Avalonia.Controls;

namespace Rental.Keeper.Views;

public partial class MainWindow : Window
{
    public MainWindow()
    {
        InitializeComponent();
    }
}
