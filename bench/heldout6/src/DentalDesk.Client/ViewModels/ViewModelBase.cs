using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Windows.Input;

namespace DentalDesk.ViewModels;

public abstract class ViewModelBase : INotifyPropertyChanged
{
    public event PropertyChangedEventHandler PropertyChanged;

    protected bool Set<T>(ref T field, T value, [CallerMemberName] string name = null)
    {
        if (EqualityComparer<T>.Default.Equals(field, value)) return false;
        field = value;
        PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(name));
        return true;
    }

    protected void Raise([CallerMemberName] string name = null) => PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(name));
}

public sealed class RelayCommand : ICommand
{
    private readonly Func<object, Task> _run;
    private readonly Func<object, bool> _can;
    private bool _busy;

    public RelayCommand(Func<object, Task> run, Func<object, bool> can = null)
    {
        _run = run;
        _can = can;
    }

    public event EventHandler CanExecuteChanged;
    public bool CanExecute(object p) => !_busy && (_can?.Invoke(p) ?? true);

    public async void Execute(object p)
    {
        _busy = true;
        CanExecuteChanged?.Invoke(this, EventArgs.Empty);
        try { await _run(p); }
        finally
        {
            _busy = false;
            CanExecuteChanged?.Invoke(this, EventArgs.Empty);
        }
    }
}
