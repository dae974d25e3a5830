-- Headless Neovim as a real LSP client of reportlint-ls (Neovim 0.7+: start_client/buf_attach_client).
-- Opens the draft, waits for diagnostics, deletes the first flagged space with an ordinary buffer
-- edit (sent as an incremental didChange), waits for the re-lint, and writes what it saw as JSON.
local out = os.getenv('RL_OUT')
local draft = os.getenv('RL_DRAFT')
local result = { phases = {} }

local function finish()
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'reportlint',
    cmd = { os.getenv('RL_DOTNET'), os.getenv('RL_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(draft, ':h'),
  })
  result.client = client_id ~= nil
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function snapshot(name)
    local items = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local lsp = (d.user_data or {}).lsp or {}
      table.insert(items, {
        lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity,
        message = d.message, source = d.source, code = d.code or lsp.code,
        href = (lsp.codeDescription or {}).href,
      })
    end
    table.insert(result.phases, { name = name, diagnostics = items })
    return items
  end

  result.opened = vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  local first = snapshot('opened')
  if #first > 0 then
    local d = first[1]
    local before = #first
    vim.api.nvim_buf_set_text(bufnr, d.lnum, d.col, d.lnum, d.end_col, {})
    result.edited = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) == before - 1 end, 50)
    snapshot('edited')
  end
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end)
if not ok then
  result.error = tostring(err)
end
finish()
