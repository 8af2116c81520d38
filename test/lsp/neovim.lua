-- Headless Neovim as a language client of `weekly-review lsp`, for
-- test/lsp/neovim.test.ts. Neovim 0.7 (Debian bookworm) has no
-- vim.lsp.config/vim.lsp.enable, so the client is started with
-- vim.lsp.start_client and attached with vim.lsp.buf_attach_client. It opens
-- a review, waits (on a condition, not a fixed time) for its diagnostics,
-- asks for one hover, and writes both as JSON to $WR_OUT.
local server, review, root, out = os.getenv('WR_SERVER'), os.getenv('WR_REVIEW'), os.getenv('WR_ROOT'), os.getenv('WR_OUT')
local hover_line, hover_character = tonumber(os.getenv('WR_HOVER_LINE')), tonumber(os.getenv('WR_HOVER_CHARACTER'))

local function finish(result)
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qa!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(review))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'weekly-review',
  cmd = { 'node', server, 'lsp', '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'reviews' } },
  settings = { weeklyReview = {} },
})
if not client_id then return finish({ error = 'the client did not start' }) end
vim.lsp.buf_attach_client(bufnr, client_id)

local published = false
vim.api.nvim_create_autocmd('DiagnosticChanged', { buffer = bufnr, callback = function() published = true end })
if not vim.wait(60000, function() return published end, 20) then return finish({ error = 'no diagnostics within 60 s' }) end

local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(diagnostics, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, message = d.message, source = d.source, code = d.code or lsp.code })
end

local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = hover_line, character = hover_character } }
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 30000) or {}
local hover = vim.NIL
for _, response in pairs(responses) do
  if response.result then hover = response.result.contents.value end
end
finish({ diagnostics = diagnostics, hover = hover })
