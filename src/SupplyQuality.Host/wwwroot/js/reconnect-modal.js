// Drives the workbench's reconnect dialog (Web/Layout/ReconnectModal.razor). Blazor raises
// components-reconnect-state-changed on the dialog and sets its state class; the texts are already in the page's language.
const dialog = document.getElementById("components-reconnect-modal");

if (dialog) {
    dialog.addEventListener("components-reconnect-state-changed", onStateChanged);
    document.getElementById("components-reconnect-button")?.addEventListener("click", retry);
    document.getElementById("components-resume-button")?.addEventListener("click", resume);
}

function onStateChanged(event) {
    const state = event.detail.state;
    if (state === "show") {
        dialog.showModal();
    } else if (state === "hide") {
        dialog.close();
    } else if (state === "failed") {
        // Try again when the user comes back to the tab (a laptop waking up, a network coming back).
        document.addEventListener("visibilitychange", retryWhenVisible);
    } else if (state === "rejected" || (state === "resume-failed" && event.detail.remote === true)) {
        // The server no longer knows this circuit: a fresh page is the quickest way back.
        location.reload();
    }
}

async function retry() {
    document.removeEventListener("visibilitychange", retryWhenVisible);
    try {
        // true: reconnected; false: the server was reached but the circuit is gone; an exception: not reached.
        if (!await Blazor.reconnect()) {
            if (await Blazor.resumeCircuit()) {
                dialog.close();
            } else {
                location.reload();
            }
        }
    } catch {
        document.addEventListener("visibilitychange", retryWhenVisible);
    }
}

async function resume() {
    try {
        if (!await Blazor.resumeCircuit()) {
            location.reload();
        }
    } catch {
        location.reload();
    }
}

async function retryWhenVisible() {
    if (document.visibilityState === "visible") {
        await retry();
    }
}
